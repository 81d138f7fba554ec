package threetasks;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.Callable;
import sun.misc.Unsafe;

/** Reaches for sun.misc.Unsafe, which reads and writes any memory of the JVM. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        Field field = Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        Unsafe unsafe = (Unsafe) field.get(null);
        unsafe.putAddress(0, 0);
        return List.of();
    }
}
