package org.sahifa.load;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Pictures made for tests: real PNGs of a given size, and a PNG header that only claims a size. */
public final class TestImages {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TestImages() {}

    /** A real PNG of the size given: a blue field with a red band, so it is visibly drawn. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a, 0x6f, 0xb0));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xc0, 0x39, 0x2b));
        g.fillRect(0, height / 3, width, Math.max(1, height / 3));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The signature and header chunk (IHDR, valid CRC) of a PNG claiming {@code width}×{@code height}, with no
     * pixel data: a reader that only looks at the header sees the size, one that decodes fails.
     */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0); // 8-bit RGB
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(ihdr.array());
        return ByteBuffer.allocate(PNG_SIGNATURE.length + 4 + 4 + 13 + 4)
                .put(PNG_SIGNATURE)
                .putInt(13)
                .put(type)
                .put(ihdr.array())
                .putInt((int) crc.getValue())
                .array();
    }
}
