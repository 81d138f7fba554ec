package dev.overlap.rules.flow;

/** One method of the bytecode: its owner's internal name (with slashes), its name and descriptor. */
public record MethodId(String owner, String name, String descriptor) {

    /** The method as a learner reads it: {@code Desk.profile}, {@code lambda in Desk.profile}. */
    public String display() {
        String type = simpleName(owner);
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return "lambda in " + type + "." + (parts.length > 1 ? parts[1] : "?");
        }
        return type + "." + (name.equals("<init>") ? "new" : name);
    }

    /**
     * The name a learner writes: {@code java/lang/Thread} reads {@code Thread}, a nested class
     * {@code eventloop/Desk$Worker} reads {@code Desk.Worker}; an anonymous class keeps its number, {@code Desk$1}.
     */
    public static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replaceAll("\\$(?=\\D)", ".");
    }
}
