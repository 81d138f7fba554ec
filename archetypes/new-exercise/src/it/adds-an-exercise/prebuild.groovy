// A copy of this kit to add the exercise to (sources only: no target/, no .git), and a folder outside any kit.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

Path source = Paths.get(kitRoot).toAbsolutePath().normalize()
Path copy = basedir.toPath().resolve('kit')
Files.walk(source).withCloseable { paths ->
    paths.filter { path -> Files.isRegularFile(path) }
            .map { path -> source.relativize(path) }
            .filter { path -> !path.any { it.toString() in ['target', '.git', '.idea'] } }
            .forEach { path ->
                Files.createDirectories(copy.resolve(path.toString()).parent)
                Files.copy(source.resolve(path), copy.resolve(path.toString()), StandardCopyOption.COPY_ATTRIBUTES)
            }
}
Files.createDirectories(basedir.toPath().resolve('elsewhere'))
true
