package org.citizenhub.core.normalise;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 but was read as Latin-1 or Windows-1252 ("JosÃ©" for "José", "MÃ¼ller"
 * for "Müller"): encodes it back to the bytes it came from and decodes them as UTF-8. Text that does
 * not round-trip cleanly is returned unchanged, so correct text is never harmed.
 */
public final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    public static String repair(String text) {
        if (text == null || !looksMangled(text)) {
            return text;
        }
        byte[] bytes = originalBytes(text);
        if (bytes == null) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** A UTF-8 lead byte read as Latin-1 (Ã, Â, â, Ä, Å...) followed by a continuation-range character. */
    private static boolean looksMangled(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && isContinuation(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContinuation(char c) {
        return (c >= 0x80 && c <= 0xBF) || (c > 0xFF && WINDOWS_1252.newEncoder().canEncode(c));
    }

    private static byte[] originalBytes(String text) {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                out[i] = (byte) c; // Latin-1 reading, also the C1 bytes Windows-1252 leaves undefined
            } else {
                try {
                    ByteBuffer encoded = encoder.encode(CharBuffer.wrap(new char[] {c}));
                    out[i] = encoded.get(0);
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        return out;
    }
}
