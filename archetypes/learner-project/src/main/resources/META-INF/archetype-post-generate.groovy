// Runs after the archetype has written the project. It checks the values the archetype cannot check itself,
// keeps only the chosen exercises, and writes what depends on that choice: the modules, the exercises the grade
// run grades, the list in README.md. On a bad value it removes what was generated and fails with the reason.
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import javax.lang.model.SourceVersion

Path project = Paths.get(request.outputDirectory, request.artifactId)
Path exercisesFolder = project.resolve('exercises')
// Everything this archetype writes at the top of the project, so a failure removes exactly that.
List<String> generated = ['pom.xml', 'README.md', '.gitignore', 'mvnw', 'mvnw.cmd', '.mvn', '.github',
                          'exercises', 'grading', 'playground']

def fail = { String reason ->
    generated.each { name -> project.resolve(name).toFile().deleteDir() || project.resolve(name).toFile().delete() }
    if (project.toFile().list()?.length == 0) {
        project.toFile().delete()
    }
    throw new IllegalArgumentException("Cannot generate the project: " + reason)
}

def text = { Path file -> new String(Files.readAllBytes(file), StandardCharsets.UTF_8) }
def write = { Path file, String content -> Files.write(file, content.getBytes(StandardCharsets.UTF_8)) }

// Generated in the kit's sources (from exercises/, say), the project would change the kit: it belongs outside.
// From a folder with the kit's POM, the kit's own build has already refused before anything was written. Build
// output (a target/ folder) changes nothing, so the search stops there.
for (Path folder = project.parent.toAbsolutePath().normalize(); folder != null && folder.fileName?.toString() != 'target';
        folder = folder.parent) {
    Path kitPom = folder.resolve('pom.xml')
    if (Files.isRegularFile(folder.resolve('grader/pom.xml')) && Files.isRegularFile(kitPom)
            && text(kitPom).contains('<artifactId>overlap</artifactId>')) {
        fail("${project} is inside the kit ${folder}. Generate it beside the kit (-DoutputDirectory=.. from the"
                + " kit's root folder) or from any folder outside it.")
    }
}

String packageName = request.package
if (!SourceVersion.isName(packageName)) {
    fail("\"${packageName}\" is not a Java package name (-Dpackage). Use words of letters and digits separated"
            + " by dots, each starting with a letter and none a Java keyword, for example edu.example.concurrency.")
}

List<String> available = exercisesFolder.toFile().listFiles().findAll { it.isDirectory() }*.name.sort()
String wanted = (request.properties.getProperty('exercises') ?: 'all').trim()
List<String> chosen = wanted == 'all' ? available
        : wanted.split(',').collect { it.trim() }.findAll { !it.isEmpty() }.unique()
List<String> unknown = chosen.findAll { !available.contains(it) }
if (!unknown.isEmpty()) {
    fail("there is no exercise " + unknown.collect { "\"${it}\"" }.join(', ') + " (-Dexercises). The exercises are: "
            + available.join(', ') + ". Use -Dexercises=all, or exercise ids separated by commas.")
}
if (chosen.isEmpty()) {
    fail("no exercise was chosen (-Dexercises=${wanted}). The exercises are: ${available.join(', ')}.")
}
chosen.sort()

(available - chosen).each { exercisesFolder.resolve(it).toFile().deleteDir() }

// The exercises come from the kit, where their parent is the kit; here it is this project.
String parent = """<parent>
    <groupId>${request.groupId}</groupId>
    <artifactId>${request.artifactId}</artifactId>
    <version>${request.version}</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>"""
chosen.each { id ->
    Path pom = exercisesFolder.resolve(id).resolve('pom.xml')
    write(pom, text(pom).replaceFirst('(?s)<parent>.*?</parent>', java.util.regex.Matcher.quoteReplacement(parent))
            .replaceFirst('\\n[ \\t]*<groupId>dev\\.overlap\\.exercises</groupId>', ''))
}

Path rootPom = project.resolve('pom.xml')
String modules = chosen.collect { "    <module>exercises/${it}</module>\n" }.join('')
write(rootPom, text(rootPom)
        .replace('    <module>playground</module>', modules + '    <module>playground</module>')
        .replace('<exercise></exercise>', "<exercise>${chosen.join(',')}</exercise>"))

Path readme = project.resolve('README.md')
String list = chosen.collect { id ->
    Path exerciseReadme = exercisesFolder.resolve(id).resolve('README.md')
    if (!Files.isRegularFile(exerciseReadme)) {
        return "- `${id}`"
    }
    String title = text(exerciseReadme).readLines().find { it.startsWith('# ') }?.substring(2)?.trim()
    return "- [`${id}`](exercises/${id}/README.md)" + (title ? ": ${title}" : '')
}.join('\n')
write(readme, text(readme).replace('<!-- exercise list -->', list))

// Archetypes copy files without their permissions.
project.resolve('mvnw').toFile().setExecutable(true, false)

println "Generated ${request.artifactId} with ${chosen.size()} exercise(s): ${chosen.join(', ')}."
Path here = Paths.get(System.getProperty('user.dir')).toAbsolutePath().normalize()
println "Next: cd ${here.relativize(project.toAbsolutePath().normalize())} && ./mvnw -q -Pgrade verify"
