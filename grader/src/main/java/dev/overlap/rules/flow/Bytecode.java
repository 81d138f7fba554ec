package dev.overlap.rules.flow;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The submission's classes as bytecode: their methods, the flow of each method (analysed once, when
 * first asked for), and where a call on a class of the submission may land.
 */
public final class Bytecode {

    private final Map<String, ClassNode> classes;
    private final Map<MethodId, MethodFlow> flows = new HashMap<>();
    private final Types types;

    private Bytecode(Map<String, ClassNode> classes) {
        this.classes = classes;
        this.types = new Types(classes);
    }

    /** Reads the class files ArchUnit imported, from where ArchUnit found them. */
    public static Bytecode of(Iterable<JavaClass> imported) {
        List<byte[]> files = new ArrayList<>();
        for (JavaClass javaClass : imported) {
            javaClass.getSource().ifPresent(source -> files.add(read(source.getUri().toString())));
        }
        return of(files);
    }

    public static Bytecode of(Collection<byte[]> classFiles) {
        Map<String, ClassNode> nodes = new LinkedHashMap<>();
        for (byte[] file : classFiles) {
            ClassNode node = new ClassNode();
            new ClassReader(file).accept(node, ClassReader.SKIP_FRAMES);
            nodes.put(node.name, node);
        }
        return new Bytecode(nodes);
    }

    public boolean contains(String internalName) {
        return classes.containsKey(internalName);
    }

    public Collection<ClassNode> classes() {
        return classes.values();
    }

    public Types types() {
        return types;
    }

    public Optional<MethodNode> method(MethodId id) {
        return Optional.ofNullable(classes.get(id.owner())).flatMap(node -> node.methods.stream()
                .filter(m -> m.name.equals(id.name()) && m.desc.equals(id.descriptor())).findFirst());
    }

    public boolean hasBody(MethodId id) {
        return method(id).map(m -> (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0).orElse(false);
    }

    public MethodFlow flow(MethodId id) {
        MethodFlow known = flows.get(id);
        if (known == null) {
            known = method(id).map(m -> MethodFlow.analyse(id.owner(), m, this::contains))
                    .orElseThrow(() -> new IllegalArgumentException("no method " + id));
            flows.put(id, known);
        }
        return known;
    }

    /** The source file of a class, {@code Desk.java}, for a learner to open. */
    public String sourceFile(String owner) {
        ClassNode node = classes.get(owner);
        return node == null || node.sourceFile == null ? MethodId.simpleName(owner) + ".java" : node.sourceFile;
    }

    /**
     * The bodies of the submission a call may run: the method it names (or the one it inherits), and
     * for a call that dispatches on its receiver, every override in a class of the submission.
     */
    public List<MethodId> targets(Invocation call) {
        if (!contains(call.owner())) {
            return List.of();
        }
        List<MethodId> found = new ArrayList<>();
        declaration(call.owner(), call.name(), call.descriptor()).filter(this::hasBody).ifPresent(found::add);
        if (call.isVirtual()) {
            for (ClassNode node : classes.values()) {
                MethodId override = new MethodId(node.name, call.name(), call.descriptor());
                if (!node.name.equals(call.owner()) && types.isAssignable(node.name, call.owner()) && hasBody(override)
                        && !found.contains(override)) {
                    found.add(override);
                }
            }
        }
        return found;
    }

    /** Where {@code owner} gets a method from: itself or the nearest of its superclasses in the submission. */
    public Optional<MethodId> declaration(String owner, String name, String descriptor) {
        String type = owner;
        while (type != null && contains(type)) {
            MethodId id = new MethodId(type, name, descriptor);
            if (method(id).isPresent()) {
                return Optional.of(id);
            }
            type = classes.get(type).superName;
        }
        return interfaceDeclaration(owner, name, descriptor);
    }

    private Optional<MethodId> interfaceDeclaration(String owner, String name, String descriptor) {
        ClassNode node = classes.get(owner);
        if (node == null) {
            return Optional.empty();
        }
        for (String parent : node.interfaces) {
            MethodId id = new MethodId(parent, name, descriptor);
            if (method(id).isPresent()) {
                return Optional.of(id);
            }
            Optional<MethodId> inherited = interfaceDeclaration(parent, name, descriptor);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return node.superName == null ? Optional.empty() : interfaceDeclaration(node.superName, name, descriptor);
    }

    /** Whether a method declares that it throws {@code InterruptedException}: the JDK's mark of a method that waits. */
    public boolean declaresInterruption(String owner, String name, String descriptor) {
        if (contains(owner)) {
            return declaration(owner, name, descriptor).flatMap(this::method)
                    .map(m -> m.exceptions.contains("java/lang/InterruptedException")).orElse(false);
        }
        return types.jdkDeclaresInterruption(owner, name, descriptor);
    }

    private static byte[] read(String uri) {
        try (InputStream in = java.net.URI.create(uri).toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file " + uri, e);
        }
    }
}
