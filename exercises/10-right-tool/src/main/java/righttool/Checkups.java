package righttool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A checkup for {@code main} to time: the animal's record hashed with SHA-256, then the hash hashed
 * again, many times over. The grader brings checkups of its own; this one only lets you watch your cores.
 */
final class Checkups {

    private Checkups() {
    }

    static Checkup hashChain(int rounds) {
        return animal -> {
            MessageDigest sha256 = sha256();
            byte[] digest = (animal.id() + animal.name() + animal.species()).getBytes(StandardCharsets.UTF_8);
            for (int round = 0; round < rounds; round++) {
                digest = sha256.digest(digest);
            }
            return ByteBuffer.wrap(digest).getLong();
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
