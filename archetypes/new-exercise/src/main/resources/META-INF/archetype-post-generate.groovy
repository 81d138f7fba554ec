// Runs after the archetype has written exercises/<id>/. It checks the values against the kit, moves the solution
// and the checks to their places, and wires the exercise into the build and the self-check: the root pom's modules,
// and the grader's provided dependency and classpath excludes. On a bad value it removes what was generated and
// fails with the reason, leaving the kit as it was.
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.Arrays
import java.util.regex.Matcher
import javax.lang.model.SourceVersion

String id = request.artifactId
String packageName = request.getPackage()
String className = request.properties.getProperty('className')
String name = id.replaceFirst('^[0-9]+-', '')
Path exercises = Paths.get(request.outputDirectory).toAbsolutePath().normalize()
Path exercise = exercises.resolve(id)
Path kit = exercises.parent
String command = 'cd exercises && ../mvnw archetype:generate -DarchetypeGroupId=dev.overlap' +
        " -DarchetypeArtifactId=overlap-new-exercise-archetype -DarchetypeVersion=${request.archetypeVersion}" +
        ' -DartifactId=NN-name'

def fail = { String reason ->
    ['pom.xml', 'README.md', 'src', 'solution', 'checks'].each { entry ->
        File file = exercise.resolve(entry).toFile()
        file.isDirectory() ? file.deleteDir() : file.delete()
    }
    if (exercise.toFile().list()?.length == 0) {
        exercise.toFile().delete()
    }
    throw new IllegalArgumentException("Cannot add the exercise: " + reason)
}
def text = { Path file -> new String(Files.readAllBytes(file), StandardCharsets.UTF_8) }
def write = { Path file, String content -> Files.write(file, content.getBytes(StandardCharsets.UTF_8)) }
def folders = { Path parent -> parent.toFile().listFiles().findAll { it.isDirectory() }*.name.sort() }

Path rootPom = kit.resolve('pom.xml')
Path graderPom = kit.resolve('grader/pom.xml')
if (exercises.fileName.toString() != 'exercises' || !Files.isRegularFile(graderPom) || !Files.isRegularFile(rootPom)
        || !text(rootPom).contains('<artifactId>overlap</artifactId>')) {
    fail("${exercises} is not the exercises/ folder of an Overlap kit. Run it from there: ${command}")
}
String kitVersion = (text(rootPom) =~ /<artifactId>overlap<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
if (request.version != kitVersion) {
    fail("this archetype makes exercises for the kit ${request.version}, and this kit is ${kitVersion}."
            + " Use -DarchetypeVersion=${kitVersion}, after ./mvnw install in the kit.")
}
if (!(id ==~ /[0-9]{2}-[a-z][a-z0-9]*(-[a-z0-9]+)*/)) {
    fail("\"${id}\" is not an exercise id (-DartifactId). Use two digits, a dash and lowercase words joined by"
            + " dashes, for example 12-rate-limit: it is the exercise's folder name.")
}
if (Files.exists(kit.resolve('solutions').resolve(id))) {
    fail("solutions/${id} exists already. Choose another id, or remove the old exercise first.")
}
String number = id.substring(0, 2)
String sameNumber = ((folders(exercises) - id) + folders(kit.resolve('solutions')))
        .find { it.startsWith(number + '-') }
if (sameNumber) {
    fail("the number ${number} is taken by ${sameNumber}. Numbers stay as they are once published; take the"
            + " next free one.")
}
if (!SourceVersion.isName(packageName)) {
    fail("\"${packageName}\" is not a Java package name (-Dpackage). Use a short lowercase word, for example"
            + " ratelimit.")
}
String packagePath = packageName.replace('.', '/')
Path checksFolder = kit.resolve('grader/src/main/java/dev/overlap/checks').resolve(packagePath)
String owner = (folders(exercises) - id)
        .find { Files.isDirectory(exercises.resolve(it).resolve('src/main/java').resolve(packagePath)) }
if (owner || Files.exists(checksFolder)) {
    fail("the package ${packageName} is taken by " + (owner ?: kit.relativize(checksFolder))
            + ". Give each exercise a package of its own (-Dpackage).")
}
if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
    fail("\"${className}\" is not a Java class name (-DclassName). Use a name such as RateLimit.")
}

// The archetype wrote everything into exercises/<id>; the solution and the checks live elsewhere in the kit. A
// solution keeps only the files that differ from its starter: its build lays them over the starter.
Path solution = kit.resolve('solutions').resolve(id)
Files.move(exercise.resolve('solution'), solution)
Path solutionSources = solution.resolve('src/main/java')
Files.walk(solutionSources).withCloseable { files -> files.filter { Files.isRegularFile(it) }.toList() }.each { file ->
    Path starter = exercise.resolve('src/main/java').resolve(solutionSources.relativize(file).toString())
    if (Files.isRegularFile(starter) && Arrays.equals(Files.readAllBytes(starter), Files.readAllBytes(file))) {
        Files.delete(file)
    }
}
Files.createDirectories(checksFolder)
Files.move(exercise.resolve("checks/${className}Checks.java"), checksFolder.resolve("${className}Checks.java"))
exercise.resolve('checks').toFile().deleteDir()

// The solution is built in every build; the starter in every build but the grade run (profile "starters").
String solutionModule = "    <module>solutions/${id}</module>\n"
String starterModule = "        <module>exercises/${id}</module>\n"
write(rootPom, text(rootPom)
        .replaceFirst('(?m)^([ \\t]*<module>grader</module>)', Matcher.quoteReplacement(solutionModule) + '$1')
        .replaceFirst('(?s)(<id>starters</id>.*?)(\n[ \\t]*</modules>)', '$1\n' + Matcher.quoteReplacement(starterModule.stripTrailing()) + '$2'))

// As every exercise: the checks compile against the solution's API (provided); checks JVMs never see it.
String grader = text(graderPom)
String dependency = """    <dependency>
      <groupId>dev.overlap.solutions</groupId>
      <artifactId>${name}</artifactId>
      <version>\${project.version}</version>
      <scope>provided</scope>
    </dependency>
  </dependencies>"""
grader = grader.replaceFirst('(?m)^  </dependencies>', Matcher.quoteReplacement(dependency))
write(graderPom, grader)

println """
Added the exercise ${id}:
  exercises/${id}/   README.md and the starter (package ${packageName})
  solutions/${id}/   the reference solution
  grader/src/main/java/dev/overlap/checks/${packagePath}/${className}Checks.java
  pom.xml, grader/pom.xml: built, graded and self-checked with the others
It is graded and self-checked as it is. Write the lesson where it says TODO(author), and give it a row
in the table of exercises in README.md. To self-check only this exercise while you work:
  ./mvnw -B test -pl grader -am -Dtest=SelfCheckTest -Dsurefire.failIfNoSpecifiedTests=false -Dexercise=${id}
"""
