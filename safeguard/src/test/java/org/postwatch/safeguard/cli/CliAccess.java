package org.postwatch.safeguard.cli;

import java.io.PrintStream;
import java.io.Reader;

/** Lets tests outside this package run the CLI in-process. */
public final class CliAccess {

    private CliAccess() {}

    public static int run(String[] args, Reader stdin, PrintStream out) {
        return SafeguardCli.run(args, stdin, out, out);
    }
}
