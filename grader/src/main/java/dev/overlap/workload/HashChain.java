package dev.overlap.workload;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hashes a seed with SHA-256, then hashes the hash, {@code rounds} times: each round needs the last. */
public record HashChain(long seed, int rounds) implements Kernel {

    @Override
    public String name() {
        return "hash chain of " + Long.toHexString(seed);
    }

    @Override
    public long compute() {
        MessageDigest sha256 = sha256();
        byte[] digest = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        for (int round = 0; round < rounds; round++) {
            digest = sha256.digest(digest);
        }
        return ByteBuffer.wrap(digest).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
