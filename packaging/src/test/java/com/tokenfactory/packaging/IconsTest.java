package com.tokenfactory.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed icon images (rendered by src/icons/render.sh) hold what each platform looks for. */
class IconsTest {
    private static final Path ICONS = Path.of("src", "jpackage", "icons");

    @ParameterizedTest
    @ValueSource(strings = {"token-factory-planner", "tokenplan-document"})
    void linuxGetsA256PixelPngWithTransparency(String name) throws IOException {
        BufferedImage png = ImageIO.read(ICONS.resolve(name + ".png").toFile());
        assertEquals(256, png.getWidth());
        assertEquals(256, png.getHeight());
        assertTrue(png.getColorModel().hasAlpha());
        assertEquals(0, png.getRGB(0, 0) >>> 24, "the corner is transparent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"token-factory-planner", "tokenplan-document"})
    void windowsGetsAnIcoFrom16To256Pixels(String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve(name + ".ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0), "reserved");
        assertEquals(1, b.getShort(2), "type 1 is an icon");
        int count = b.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(b.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"token-factory-planner", "tokenplan-document"})
    void macOsGetsAnIcnsUpTo1024Pixels(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve(name + ".icns"));
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        assertEquals("icns", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(bytes.length, b.getInt(4), "the header's length is the file's");
        List<String> types = new ArrayList<>();
        for (int at = 8; at < bytes.length; at += b.getInt(at + 4)) {
            types.add(new String(bytes, at, 4, StandardCharsets.US_ASCII));
        }
        // 16 and 32 px as RGB + mask, 128 px, then 256, 512 and 1024 px as PNG
        assertTrue(types.containsAll(List.of("is32", "il32", "it32", "ic08", "ic09", "ic10")), types.toString());
    }
}
