package dev.overlap.isolate;

import java.util.List;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * The constants of an enum, read from its class file. Read there, and not through ArchUnit, whose sets of fields
 * have no order: javac writes an enum's constants first and in the order they are declared, which is the order of
 * their ordinals. Static fields that merely point to a constant are not constants.
 */
final class EnumConstants {

    private EnumConstants() {
    }

    /** The constants in order, or nothing when the class is not an enum. */
    static Optional<List<String>> of(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        boolean isEnum = (node.access & Opcodes.ACC_ENUM) != 0 && "java/lang/Enum".equals(node.superName);
        return isEnum ? Optional.of(node.fields.stream().filter(field -> (field.access & Opcodes.ACC_ENUM) != 0)
                .map(field -> field.name).toList()) : Optional.empty();
    }
}
