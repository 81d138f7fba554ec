// The generated project kept its wrapper, its hidden files and its ${...} and # untouched, and its grade run
// scored the starters as starters: every correctness check passed and every other check failed.
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
true
