// Only the chosen exercise is in the project, its modules and grade list name only it, and everything compiles.
File project = context.projectDir
def fileIn = { String path -> new File(project, path) }
def textOf = { String path -> fileIn(path).getText('UTF-8') }

assert fileIn('exercises').listFiles().findAll { it.isDirectory() }*.name == ['01-three-tasks']
String pom = textOf('pom.xml')
assert pom.count('<module>exercises/') == 1 && pom.contains('<module>exercises/01-three-tasks</module>')
assert pom.contains('<exercise>01-three-tasks</exercise>')
assert pom.contains('<version>2.0.0</version>')
assert textOf('exercises/01-three-tasks/pom.xml').contains('<version>2.0.0</version>')
assert textOf('README.md').contains('`01-three-tasks`')

assert fileIn('playground/target/classes/edu/example/spring2027/scratch/Playground.class').isFile()
assert fileIn('exercises/01-three-tasks/target/classes/threetasks/ThreeTasks.class').isFile()
true
