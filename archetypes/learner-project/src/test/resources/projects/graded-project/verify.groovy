// The generated project kept its wrapper, its hidden files and its ${...} and # untouched, and its grade run
// scored the starters as starters: every correctness check passed and every other check failed. Then a learner's
// path through its README's commands: exit statuses, a fix graded again, the Animals API.
import groovy.json.JsonSlurper

File project = context.projectDir
def fileIn = { String path -> new File(project, path) }
def textOf = { String path -> fileIn(path).getText('UTF-8') }

['.gitignore', '.mvn/find-jdk.bsh', '.mvn/wrapper/maven-wrapper.properties', 'mvnw', 'mvnw.cmd',
 '.github/workflows/grade.yml', 'README.md', 'grading/pom.xml', 'playground/pom.xml'].each { path ->
    assert fileIn(path).isFile() : "${path} is missing from the generated project"
}
assert fileIn('mvnw').canExecute() : 'mvnw is not executable'
Process wrapper = ['./mvnw', '--version'].execute(null, project)
String wrapperOutput = wrapper.text
assert wrapper.waitFor() == 0 && wrapperOutput.contains('Apache Maven') : "./mvnw --version failed: ${wrapperOutput}"
assert textOf('.github/workflows/grade.yml').contains('${{ vars.OVERLAP_FAIL_BELOW || \'0\' }}')
assert textOf('README.md').contains('\n## The commands\n') : 'a Markdown heading was lost'
assert !textOf('README.md').contains('<!-- exercise list -->')
assert textOf('pom.xml').contains('<submission>${maven.multiModuleProjectDirectory}/exercises</submission>')
assert textOf('pom.xml').contains('<groupId>edu.example</groupId>')
assert textOf('grading/pom.xml').contains('<url>${project.baseUri}repository</url>')
assert textOf('playground/src/main/java/edu/example/playground/Playground.java')
        .startsWith('package edu.example.playground;')

// Every exercise of the kit this archetype was built from, and each one a module of this project.
File kit = project
while (kit != null && !new File(kit, 'grader/pom.xml').isFile()) {
    kit = kit.parentFile
}
List<String> kitExercises = new File(kit, 'exercises').listFiles().findAll { it.isDirectory() }*.name.sort()
List<String> generated = fileIn('exercises').listFiles().findAll { it.isDirectory() }*.name.sort()
assert generated == kitExercises
generated.each { id ->
    // Byte for byte as in the kit, but the POM: READMEs keep their # headings, code its $ and #.
    File kitExercise = new File(kit, "exercises/${id}")
    kitExercise.eachFileRecurse(groovy.io.FileType.FILES) { File original ->
        String path = kitExercise.toPath().relativize(original.toPath()).toString()
        if (!path.startsWith('target') && path != 'pom.xml') {
            assert fileIn("exercises/${id}/${path}").bytes == original.bytes : "exercises/${id}/${path} changed"
        }
    }
    assert textOf('pom.xml').contains("<module>exercises/${id}</module>")
    String pom = textOf("exercises/${id}/pom.xml")
    assert pom.contains('<artifactId>concurrency-class</artifactId>') : "${id} does not have this project as parent"
    assert !pom.contains('dev.overlap') : "${id} still refers to the kit: ${pom}"
}
assert textOf('pom.xml').contains("<exercise>${kitExercises.join(',')}</exercise>")

def grade = new JsonSlurper().parse(fileIn('target/grade/grade.json'))
assert grade.exercises*.id == ['01-three-tasks']
def exercise = grade.exercises[0]
assert exercise.status == 'graded' : exercise.feedback
exercise.checks.each { check ->
    boolean correctness = check.kind == 'correctness'
    assert check.passed == correctness : "starter check \"${check.name}\" (${check.kind}): ${check.feedback}"
}
assert exercise.checks.any { it.kind == 'correctness' } && exercise.checks.any { it.kind != 'correctness' }
assert 0 < grade.score && grade.score < grade.max_score
['report.html', 'results.json', 'summary.md'].each { assert fileIn("target/grade/${it}").isFile() }
println "Graded the starter of 01-three-tasks: ${grade.score}/${grade.max_score}, as a starter should score."

// Every ./mvnw command the project's READMEs give names a profile this project has and an exercise it holds.
List<File> readmes = [fileIn('README.md')] + generated.collect { fileIn("exercises/${it}/README.md") }
String poms = textOf('pom.xml') + textOf('grading/pom.xml')
readmes.each { File readme ->
    (readme.getText('UTF-8') =~ /\.\/mvnw( -[^`\n#]*)/).each { match ->
        String command = match[1]
        (command =~ /-P([\w-]+)/).each { named ->
            assert poms.contains("<id>${named[1]}</id>") : "${readme}: ./mvnw${command} names no profile of this project"
        }
        (command =~ /-Dexercise=([\w-]+)/).each { named ->
            assert generated.contains(named[1]) : "${readme}: ./mvnw${command} names no exercise of this project"
        }
    }
}

// The README's commands from a shell, as CI runs them: each exit status means one thing, and the grader's own
// last line is the last thing printed (no Maven stack trace, no advice on resuming the build).
def run = { List<String> command ->
    Process process = new ProcessBuilder(command).directory(project).redirectErrorStream(true).start()
    String output = process.inputStream.getText('UTF-8')
    [process.waitFor(), output]
}
def (int unknown, String unknownOutput) = run(['./mvnw', '-q', '-Pgrade', 'verify', '-Dexercise=99-no-such'])
assert unknown == 2 : unknownOutput
assert unknownOutput.contains('Cannot grade: There is no exercise "99-no-such".') : unknownOutput

// A learner fixes the exercise (here: the kit's solution of 11) and grades again, with a bar no score reaches:
// full marks, and status 1 for "below the bar" (status 0 is the archetype test's own grade run above).
File solution = new File(kit, 'solutions/11-mental-model/src/main/java')
File sources = fileIn('exercises/11-mental-model/src/main/java')
solution.eachFileRecurse(groovy.io.FileType.FILES) { File file ->
    File target = new File(sources, solution.toPath().relativize(file.toPath()).toString())
    target.parentFile.mkdirs()
    target.bytes = file.bytes
}
def (int below, String belowOutput) = run(['./mvnw', '-q', '-Pgrade', 'verify', '-Dexercise=11-mental-model',
                                           '-Dgrade.failBelow=101'])
assert below == 1 : belowOutput
assert belowOutput.strip().readLines().last() == 'Score 100% is below the required 101%.' : belowOutput
def regraded = new JsonSlurper().parse(fileIn('target/grade/grade.json'))
assert regraded.exercises*.id == ['11-mental-model'] && regraded.score == regraded.max_score : belowOutput
[unknownOutput, belowOutput].each { output ->
    assert !output.contains('[ERROR]') && !output.contains('BUILD FAILURE') && !output.contains('-rf :') : output
}

// The Animals API of 03 and 06, as their READMEs start it, answers for the id the README asks for.
Process api = new ProcessBuilder('./mvnw', '-q', '-Panimals-api', 'verify').directory(project)
        .redirectErrorStream(true).redirectOutput(new File(project, 'target/animals-api.log')).start()
try {
    String answer = null
    long deadline = System.nanoTime() + 90_000_000_000L
    while (answer == null && System.nanoTime() < deadline && api.alive) {
        try {
            answer = new URL('http://127.0.0.1:8080/animals/d573').getText('UTF-8')
        } catch (IOException notYet) {
            Thread.sleep(500)
        }
    }
    assert answer?.contains('"id"') : "no animal d573: " + new File(project, 'target/animals-api.log').getText('UTF-8')
} finally {
    api.toHandle().descendants().forEach { it.destroy() }
    api.destroy()
}
true
