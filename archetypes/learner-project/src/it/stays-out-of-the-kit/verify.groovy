// Both attempts said where to generate instead, and the kit's copy is byte for byte the kit it was copied from.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Cannot generate the project inside the kit (') : 'the kit root attempt was not refused'
assert log.contains('is inside the kit') : 'the exercises/ attempt was not refused'

Path source = Paths.get(kitRoot).toAbsolutePath().normalize()
Path copy = basedir.toPath().resolve('kit')
def filesOf = { Path root ->
    Files.walk(root).withCloseable { paths ->
        paths.filter { Files.isRegularFile(it) }.map { root.relativize(it).toString() }
                .filter { path -> !path.split('[/\\\\]').any { it in ['target', '.git', '.idea'] } }.sorted().toList()
    }
}
assert filesOf(copy) == filesOf(source)
filesOf(source).each { path ->
    assert Files.readAllBytes(copy.resolve(path)) == Files.readAllBytes(source.resolve(path)) : "${path} changed"
}
assert !Files.exists(copy.resolve('concurrency-class')) && !Files.exists(copy.resolve('exercises/concurrency-class'))
true
