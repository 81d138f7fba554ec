// Shared by the archetypes' integration tests (each one's prebuild.groovy evaluates it): a copy of this kit in
// the test's folder, sources only (no target/, no .git), for an archetype to run in, and a folder outside any kit.
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
