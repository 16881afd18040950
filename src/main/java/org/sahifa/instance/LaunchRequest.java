package org.sahifa.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a later launch asks the running instance to do: its command-line arguments, and the directory it
 * was started in (relative paths in the arguments are relative to it).
 */
public record LaunchRequest(List<String> args, Path workingDirectory) {
    /** Marks a Sahifa request, version 1 ("SHF1"), so stray connections are told apart. */
    static final int MAGIC = 0x53484631;
    /** More arguments than a desktop ever passes; anything beyond is refused. */
    static final int MAX_ARGS = 1000;

    public LaunchRequest {
        args = List.copyOf(args);
    }

    /** A request for this process: its arguments and current directory. */
    public static LaunchRequest of(String[] args) {
        return new LaunchRequest(List.of(args), Path.of("").toAbsolutePath());
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeUTF(workingDirectory.toString());
        out.writeInt(args.size());
        for (String arg : args) {
            out.writeUTF(arg);
        }
        out.flush();
    }

    static LaunchRequest readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Sahifa launch request");
        }
        Path directory = Path.of(in.readUTF());
        int count = in.readInt();
        if (count < 0 || count > MAX_ARGS) {
            throw new IOException("launch request with " + count + " arguments");
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(in.readUTF());
        }
        return new LaunchRequest(args, directory);
    }
}
