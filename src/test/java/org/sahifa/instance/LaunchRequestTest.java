package org.sahifa.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchRequestTest {
    @Test
    void survivesTheWireWithArabicNamesAndOddCharacters() throws IOException {
        LaunchRequest request =
                new LaunchRequest(List.of("--size", "800x600", "أخبار اليوم\nنسخة.html", ""), Path.of("/tmp/مجلد"));
        assertEquals(request, roundTrip(request));
    }

    @Test
    void refusesWhatIsNotARequest() {
        byte[] junk = "GET / HTTP/1.1\r\n\r\n".getBytes();
        assertThrows(
                IOException.class, () -> LaunchRequest.readFrom(new DataInputStream(new ByteArrayInputStream(junk))));
    }

    @Test
    void refusesAnAbsurdNumberOfArguments() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(LaunchRequest.MAGIC);
        out.writeUTF("/tmp");
        out.writeInt(LaunchRequest.MAX_ARGS + 1);
        assertThrows(
                IOException.class,
                () -> LaunchRequest.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    private static LaunchRequest roundTrip(LaunchRequest request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        request.writeTo(new DataOutputStream(bytes));
        return LaunchRequest.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
