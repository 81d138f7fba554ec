// A package that is not a Java name stops generation with the reason, and leaves no half-made project.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Cannot generate the project: "3d.concurrency" is not a Java package name (-Dpackage).')
assert !new File(basedir, 'bad-package').exists()
true
