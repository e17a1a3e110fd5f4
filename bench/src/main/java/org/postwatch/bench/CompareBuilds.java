package org.postwatch.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * Compares the rules-only check of two builds of the engine on one input, in one JVM, in alternating short rounds.
 * On a machine shared with other work the absolute time of a check can double from one minute to the next; two
 * builds measured in separate runs minutes apart cannot then be compared. Run in alternating rounds of a few
 * milliseconds each, both builds see the same disturbance, and the median of the per-round ratios is stable where
 * each build's own figures are not. Each build is loaded from its own benchmarks jar in its own class loader, and
 * measured in CPU time of the checking thread. Run:
 *
 * <pre>java -cp bench/target/benchmarks.jar org.postwatch.bench.CompareBuilds BEFORE.jar AFTER.jar [input] [rounds]</pre>
 *
 * where the jars are copies of {@code bench/target/benchmarks.jar} built from the two commits, and {@code input} is
 * one of {@link SafeguardBenchmark}'s inputs ({@code post280} by default).
 */
public final class CompareBuilds {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CompareBuilds() {}

    /** One build's engine, reached by reflection so that the two builds' classes never meet. */
    private record Build(String name, Object engine, Method check, Object context, String text) {

        static Build load(String jar, String input) throws ReflectiveOperationException, java.io.IOException {
            File file = new File(jar);
            if (!file.isFile()) {
                throw new IllegalArgumentException("No such jar: " + jar);
            }
            // The platform loader as parent: nothing of this build's own classes leaks into the other build's.
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {file.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            Object engine = loader.loadClass("org.postwatch.safeguard.detectors.Detectors")
                    .getMethod("defaultEngine")
                    .invoke(null);
            Class<?> contextClass = loader.loadClass("org.postwatch.safeguard.engine.CheckContext");
            Object context = contextClass.getMethod("defaults").invoke(null);
            Method check = engine.getClass().getMethod("check", String.class, contextClass);
            Method inputs =
                    loader.loadClass(SafeguardBenchmark.class.getName()).getDeclaredMethod("input", String.class);
            inputs.setAccessible(true);
            return new Build(file.getName(), engine, check, context, (String) inputs.invoke(null, input));
        }

        /** Checks per round: a few milliseconds' worth (a 64 KB input takes some 20 ms a check). */
        int checksPerRound() {
            return text.length() > 10_000 ? 2 : 2_000;
        }

        /** CPU µs per check over one round. */
        double round() throws ReflectiveOperationException {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < checksPerRound(); i++) {
                // A fresh copy, as every real check gets.
                check.invoke(engine, new String(text), context);
            }
            return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / checksPerRound();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds BEFORE.jar AFTER.jar [input] [rounds]");
            System.exit(2);
        }
        String input = args.length > 2 ? args[2] : "post280";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Build before = Build.load(args[0], input);
        Build after = Build.load(args[1], input);
        for (int i = 0; i < 20; i++) { // warm-up: let the JIT finish with both
            before.round();
            after.round();
        }
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // Alternate which goes first, so neither always follows the other's garbage.
            if (r % 2 == 0) {
                a[r] = before.round();
                b[r] = after.round();
            } else {
                b[r] = after.round();
                a[r] = before.round();
            }
            ratio[r] = b[r] / a[r];
        }
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(ratio);
        System.out.printf(
                "input %s, %d rounds of %d checks each, CPU µs per check%n", input, rounds, before.checksPerRound());
        System.out.printf("  %-28s min %7.1f  median %7.1f%n", before.name(), a[0], a[rounds / 2]);
        System.out.printf("  %-28s min %7.1f  median %7.1f%n", after.name(), b[0], b[rounds / 2]);
        System.out.printf(
                "  after / before: median %.3f, middle half %.3f-%.3f%n",
                ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }
}
