// An exercise id the kit does not have stops generation, names the exercises there are, and leaves nothing.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Cannot generate the project: there is no exercise "99-no-such-exercise" (-Dexercises).'
        + ' The exercises are: 01-three-tasks')
assert !new File(basedir, 'unknown-exercise').exists()
true
