package dev.overlap.rules;

import dev.overlap.rules.flow.Types;
import java.util.Set;

/**
 * One kind of call that holds its thread until something else happens: the type that declares it,
 * the method names, and what to do instead on a path that must not block.
 *
 * @param owner   internal name of the declaring type; any subtype's calls match too
 * @param methods method names; empty means every method of the type
 * @param except  subtypes whose calls do not wait (in-memory streams, for instance)
 * @param why     what the call waits for, as a clause: "waits for the other side of the socket"
 * @param fix     what to write instead
 */
public record BlockingCall(String owner, Set<String> methods, Set<String> except, String why, String fix) {

    static BlockingCall of(String owner, String methods, String why, String fix) {
        return new BlockingCall(owner, Set.of(methods.split(" ")), Set.of(), why, fix);
    }

    BlockingCall except(String... types) {
        return new BlockingCall(owner, methods, Set.of(types), why, fix);
    }

    boolean matches(String callOwner, String method, Types types) {
        return methods.contains(method) && types.isAssignable(callOwner, owner)
                && except.stream().noneMatch(type -> types.isAssignable(callOwner, type));
    }
}
