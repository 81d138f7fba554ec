// The bad values were rejected with their reasons and changed nothing; the good one added a wired exercise whose
// starter and solution the self-check graded: the solution earned every point, the starter only correctness.
File kit = new File(basedir, 'kit')
File original = new File(kitRoot)
def textOf = { String path -> new File(kit, path).getText('UTF-8') }
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Cannot add the exercise: "rate-limit" is not an exercise id (-DartifactId).')
assert log.contains('Cannot add the exercise: the package threetasks is taken by 01-three-tasks.')
assert log.contains('is not the exercises/ folder of an Overlap kit. Run it from there: cd exercises && ../mvnw')
assert log.contains("is not the kit's exercises/ folder, and generating here would add a module to")
assert !new File(kit, '99-rate-limit').exists()
assert !new File(kit, 'exercises/rate-limit').exists() && !new File(kit, 'exercises/98-taken').exists()
assert !new File(basedir, 'elsewhere/99-rate-limit').exists()

['exercises/99-rate-limit/pom.xml', 'exercises/99-rate-limit/README.md',
 'exercises/99-rate-limit/src/main/java/ratelimit/RateLimit.java', 'exercises/99-rate-limit/src/main/java/ratelimit/Lookup.java',
 'solutions/99-rate-limit/pom.xml', 'solutions/99-rate-limit/src/main/java/ratelimit/RateLimit.java',
 'grader/src/main/java/dev/overlap/checks/ratelimit/RateLimitChecks.java'].each { path ->
    assert new File(kit, path).isFile() : "${path} was not generated"
}
assert !new File(kit, 'exercises/99-rate-limit/solution').exists() && !new File(kit, 'exercises/99-rate-limit/checks').exists()
assert textOf('exercises/99-rate-limit/pom.xml').startsWith('<?xml')
assert textOf('exercises/99-rate-limit/pom.xml').contains('<artifactId>rate-limit</artifactId>')
assert textOf('solutions/99-rate-limit/pom.xml').contains('<groupId>dev.overlap.solutions</groupId>')
assert textOf('exercises/99-rate-limit/README.md').contains('\n## 1. TODO(author) the first task\n')
assert textOf('exercises/99-rate-limit/README.md').contains('./mvnw -q -Pgrade verify -Dexercise=99-rate-limit')
assert textOf('grader/src/main/java/dev/overlap/checks/ratelimit/RateLimitChecks.java')
        .contains('@Exercise(id = "99-rate-limit", timeoutSeconds = 60)')

// The kit's two POMs changed by exactly the wiring, and nothing else.
String before = new File(original, 'pom.xml').getText('UTF-8')
String expected = before.replace('    <module>grader</module>', '    <module>solutions/99-rate-limit</module>\n    <module>grader</module>')
        .replaceFirst('(?s)(<id>starters</id>.*?)(\n[ \t]*</modules>)', '$1\n        <module>exercises/99-rate-limit</module>$2')
assert textOf('pom.xml') == expected
String grader = textOf('grader/pom.xml')
assert grader.contains('<artifactId>rate-limit</artifactId>\n      <version>${project.version}</version>\n      <scope>provided</scope>')

// The self-check ran on the new exercise alone, and passed.
assert log.contains('graded 99-rate-limit: 4/4') : 'the solution did not earn every point'
assert log.contains('graded 99-rate-limit: 2/4') : 'the starter did not earn exactly the correctness points'
assert !log.contains('graded 01-three-tasks')
String report = new File(kit, 'grader/target/surefire-reports/TEST-dev.overlap.selfcheck.SelfCheckTest.xml').getText('UTF-8')
assert report.contains('failures="0"') && report.contains('errors="0"') && report.contains('99-rate-limit')
true
