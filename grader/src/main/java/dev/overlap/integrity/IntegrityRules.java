package dev.overlap.integrity;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules that keep grading fair. The JDK has no Security Manager any more, so the grading JVM
 * checks the compiled submission before any of its code runs: a submission whose classes break one of
 * these rules scores zero for that exercise, and its checks are never started.
 *
 * <p>Each rule closes a way around the checks: reading the grader's objects (reflection, Unsafe,
 * the kit's own classes), leaving the checks' JVM (processes, files, URLs, sockets), changing its
 * settings (system properties, logging) or ending it. A method is reached by a call or by a method
 * reference ({@code System::exit}) alike, so the rules on methods judge both.
 */
public final class IntegrityRules {

    public static final ArchRule NO_CODE_PASSES_FOR_THE_KIT = classes()
            .should(beDeclaredOutsideTheKitsPackages())
            .as("no class of the submission should be declared in a package of the kit or its libraries")
            .because("the checks always come from the kit: a class shipped under dev.overlap, org.junit or"
                    + " org.assertj is either ignored or an attempt to pass for the grader")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_TOUCHES_THE_GRADERS_CLASSES = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(KitPackages.patterns())
            .as("no code should use the grader's classes: its recorders, timers, checks or test libraries")
            .because("an exercise works only through the interfaces it defines; what the grader hands over"
                    + " is measured, and code that reaches behind it fakes the measurement")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_USES_REFLECTION = noClasses()
            .should().dependOnClassesThat(areReflective())
            .orShould().accessTargetWhere(callsReflectiveMembersOfClass())
            .as("no code should use reflection, method handles, class loaders or deserialization")
            .because("they read and call other code's private parts, which is how a submission would reach the"
                    + " grader's recorders and results; no exercise needs them")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_USES_UNSAFE_OR_THE_JVMS_INSIDES = noClasses()
            .should().dependOnClassesThat(areJvmInsides())
            .orShould().accessTargetWhere(loadsNativeCode())
            .as("no code should use Unsafe, JDK internals, native code, or the JVM's management and"
                    + " instrumentation interfaces")
            .because("they read and write any memory of the JVM, the grader's included, and dump or steer the"
                    + " JVM that measures the code")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_STARTS_PROCESSES = noClasses()
            .should().dependOnClassesThat(startProcesses())
            .orShould().accessTargetWhere(call("java.lang.Runtime", Set.of("exec")))
            .as("no code should start or control operating-system processes")
            .because("a process runs outside the checks' JVM, beyond its time, memory and thread limits")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_ENDS_THE_JVM = noClasses()
            .should().accessTargetWhere(call("java.lang.System", Set.of("exit")))
            .orShould().accessTargetWhere(call("java.lang.Runtime", Set.of("exit", "halt")))
            .as("no code should end the JVM (System.exit, Runtime.exit, Runtime.halt)")
            .because("the checks run in the same JVM as the code; return a result or throw an exception instead")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_CHANGES_THE_JVMS_SETTINGS = noClasses()
            .should().accessTargetWhere(call("java.lang.System",
                    Set.of("setProperty", "clearProperty", "setProperties", "getProperties", "setSecurityManager")))
            .as("no code should change system properties, nor take all of them at once (System.getProperties)")
            .because("they configure the JVM and the grader that runs beside the code, and System.getProperties"
                    + " hands out the JVM's own live set, open to changes; read one property with"
                    + " System.getProperty instead")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_CONFIGURES_LOGGING = noClasses()
            .should().dependOnClassesThat(configureLogging())
            .as("no code should configure logging (java.util.logging.LogManager) or send log records over a"
                    + " socket (SocketHandler)")
            .because("the logging configuration belongs to the whole JVM, the grader's included, and the handlers"
                    + " it names write files and open connections; to log, use a java.util.logging.Logger")
            .allowEmptyShould(true);

    public static final ArchRule NO_CODE_TOUCHES_FILES = noClasses()
            .should().dependOnClassesThat(touchFiles())
            .orShould().accessTargetWhere(opensAFileByName())
            .as("no code should read or write files, or the process's own standard streams")
            .because("the file system holds the grader's reports and the JVM's own memory (/proc); an exercise"
                    + " gets its data from the objects the checks hand over and returns its results")
            .allowEmptyShould(true);

    /** Applies to every exercise, also to those that allow the network. */
    public static final ArchRule NO_CODE_OPENS_URLS = noClasses()
            .should().dependOnClassesThat(openUrls())
            .orShould().accessTargetWhere(call("java.net.URI", Set.of("toURL")))
            .as("no code should use java.net.URL or URLConnection, nor turn a URI into a URL (URI.toURL)")
            .because("the exercises talk HTTP through java.net.http.HttpClient, while a URL opens other protocols"
                    + " too: local files (file:), jars and more; build the HttpRequest from the java.net.URI")
            .allowEmptyShould(true);

    /** Applies unless the exercise declares {@code @Exercise(allowsNetwork = true)}. */
    public static final ArchRule NO_CODE_OPENS_NETWORK_CONNECTIONS = noClasses()
            .should().dependOnClassesThat(openConnections())
            .as("no code should open network connections or servers")
            .because("this exercise needs no network; a connection could carry data out of the grading run")
            .allowEmptyShould(true);

    private static final Set<String> HARMLESS_CLASS_METHODS = Set.of("getName", "getSimpleName", "getTypeName",
            "getCanonicalName", "getPackageName", "isInstance", "cast", "isAssignableFrom", "isInterface", "isArray",
            "isPrimitive", "isEnum", "isRecord", "isSealed", "isHidden", "isAnonymousClass", "isLocalClass",
            "isMemberClass", "getComponentType", "componentType", "arrayType", "getEnumConstants",
            "desiredAssertionStatus", "toString", "hashCode", "equals", "describeConstable", "descriptorString");

    private IntegrityRules() {
    }

    /** The rules for an exercise, with the network rule only when the exercise does not allow sockets. */
    public static List<ArchRule> forExercise(boolean allowsNetwork) {
        List<ArchRule> rules = new ArrayList<>(List.of(NO_CODE_PASSES_FOR_THE_KIT,
                NO_CODE_TOUCHES_THE_GRADERS_CLASSES, NO_CODE_USES_REFLECTION, NO_CODE_USES_UNSAFE_OR_THE_JVMS_INSIDES,
                NO_CODE_STARTS_PROCESSES, NO_CODE_ENDS_THE_JVM, NO_CODE_CHANGES_THE_JVMS_SETTINGS,
                NO_CODE_CONFIGURES_LOGGING, NO_CODE_TOUCHES_FILES, NO_CODE_OPENS_URLS));
        if (!allowsNetwork) {
            rules.add(NO_CODE_OPENS_NETWORK_CONNECTIONS);
        }
        return List.copyOf(rules);
    }

    private static ArchCondition<JavaClass> beDeclaredOutsideTheKitsPackages() {
        return new ArchCondition<>("be declared outside the packages of the kit and its libraries") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (KitPackages.contains(javaClass.getName())) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> is declared in package " + javaClass.getPackageName() + ", which belongs to the kit"
                            + " or its libraries"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> areReflective() {
        return resideInAnyPackage("java.lang.reflect..", "java.lang.invoke..", "java.beans..", "javax.script..",
                "javax.tools..")
                .or(named("java.lang.ClassLoader", "java.security.SecureClassLoader", "java.net.URLClassLoader",
                        "java.lang.Module", "java.lang.ModuleLayer", "java.io.ObjectInputStream",
                        "java.io.ObjectOutputStream"))
                .as("use reflection, method handles, class loaders or deserialization");
    }

    private static DescribedPredicate<JavaAccess<?>> callsReflectiveMembersOfClass() {
        return callOrReference("a reflective member of java.lang.Class",
                target -> target.getTargetOwner().getName().equals("java.lang.Class")
                        && !HARMLESS_CLASS_METHODS.contains(target.getName()));
    }

    private static DescribedPredicate<JavaClass> areJvmInsides() {
        // jdk.* holds the JDK's own tools (JShell starts a JVM, JFR records this one); its socket options in
        // jdk.net belong to the network rule, like the HTTP server in com.sun.net.httpserver.
        return resideInAnyPackage("sun..", "jdk..", "com.sun..", "java.lang.foreign..", "java.lang.instrument..",
                "java.lang.management..", "javax.management..")
                .and(DescribedPredicate.not(resideInAnyPackage("jdk.net..", "com.sun.net.httpserver..")))
                .as("belong to Unsafe, the JDK's internals or its management interfaces");
    }

    private static DescribedPredicate<JavaAccess<?>> loadsNativeCode() {
        return callOrReference("load native code", call -> {
            String owner = call.getTargetOwner().getName();
            return (owner.equals("java.lang.System") || owner.equals("java.lang.Runtime"))
                    && (call.getName().equals("load") || call.getName().equals("loadLibrary"));
        });
    }

    private static DescribedPredicate<JavaClass> startProcesses() {
        return named("java.lang.ProcessBuilder", "java.lang.Process", "java.lang.ProcessHandle")
                .as("start or control processes");
    }

    private static DescribedPredicate<JavaClass> configureLogging() {
        // A FileHandler writes files, so the file rule already denies it.
        return named("java.util.logging.LogManager", "java.util.logging.SocketHandler")
                .as("configure logging or log over a socket");
    }

    private static DescribedPredicate<JavaClass> touchFiles() {
        // XML processing opens files and URLs by name (a system id, an external entity); so do the desktop APIs
        // (an image, a sound, a page, a print job named by a string), which no exercise needs.
        return resideInAnyPackage("java.nio.file..", "java.util.prefs..", "javax.xml..", "java.awt..",
                "javax.swing..", "javax.sound..", "javax.imageio..", "javax.print..")
                .or(named("java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.FileReader",
                        "java.io.FileWriter", "java.io.RandomAccessFile", "java.io.FileDescriptor", "java.io.Console",
                        "java.nio.channels.FileChannel", "java.nio.channels.AsynchronousFileChannel",
                        "java.util.zip.ZipFile", "java.util.jar.JarFile", "java.util.logging.FileHandler"))
                .as("reach the file system");
    }

    private static DescribedPredicate<JavaAccess<?>> opensAFileByName() {
        Set<String> byName = Set.of("java.io.PrintStream", "java.io.PrintWriter", "java.util.Formatter");
        return callOrReference("open a file by its name", call -> byName.contains(call.getTargetOwner().getName())
                && call.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                && !call.getTarget().getRawParameterTypes().isEmpty()
                && call.getTarget().getRawParameterTypes().getFirst().getName().equals("java.lang.String"));
    }

    private static DescribedPredicate<JavaClass> openUrls() {
        // By name, subclasses included: the submission's bytecode is read without the JDK's class hierarchy.
        // URLClassLoader stays with the class loaders in the reflection rule.
        return named("java.net.URL", "java.net.URLConnection", "java.net.HttpURLConnection",
                "java.net.JarURLConnection", "javax.net.ssl.HttpsURLConnection", "java.net.URLStreamHandler",
                "java.net.URLStreamHandlerFactory", "java.net.spi.URLStreamHandlerProvider")
                .as("open URLs");
    }

    private static DescribedPredicate<JavaClass> openConnections() {
        return resideInAnyPackage("java.net..", "javax.net..", "java.rmi..", "javax.rmi..", "javax.naming..",
                "jdk.net..", "com.sun.net.httpserver..")
                .and(DescribedPredicate.not(named("java.net.URI", "java.net.URISyntaxException",
                        "java.net.URLEncoder", "java.net.URLDecoder")))
                .or(named("java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
                        "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel",
                        "java.nio.channels.AsynchronousServerSocketChannel", "java.nio.channels.NetworkChannel"))
                .as("open network connections");
    }

    private static DescribedPredicate<JavaAccess<?>> call(String owner, Set<String> methods) {
        return callOrReference(owner + "." + String.join("/", methods),
                call -> call.getTargetOwner().getName().equals(owner) && methods.contains(call.getName()));
    }

    /** A call or a method reference: {@code IntConsumer exit = System::exit} ends the JVM as surely as a call. */
    private static DescribedPredicate<JavaAccess<?>> callOrReference(String description,
            Predicate<JavaCodeUnitAccess<?>> test) {
        return DescribedPredicate.describe(description,
                access -> access instanceof JavaCodeUnitAccess<?> codeUnit && test.test(codeUnit));
    }

    private static DescribedPredicate<JavaClass> named(String... names) {
        Set<String> set = Set.of(names);
        return DescribedPredicate.describe(String.join(", ", names), javaClass -> set.contains(javaClass.getName()));
    }
}
