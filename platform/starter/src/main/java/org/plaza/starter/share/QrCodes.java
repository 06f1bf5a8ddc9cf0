package org.plaza.starter.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of item addresses (made with ZXing): black on white with the standard quiet zone and error correction
 * level M, so a code printed on a flyer and photographed in poor light still opens the item.
 */
public final class QrCodes {

    /** The side of a QR image in pixels: sharp on a phone and on a letter-size flyer. */
    public static final int SIZE = 600;

    private QrCodes() {
    }

    /** The QR code of {@code text} (an absolute address) as a {@code size}×{@code size} black-and-white image. */
    public static BufferedImage image(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("This text does not fit in a QR code", tooLong);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    /** The QR code of {@code text} as PNG bytes, {@link #SIZE} pixels a side. */
    public static byte[] png(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(text, SIZE), "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /**
     * What the QR code in {@code png} says, read with ZXing's reader as a phone would; tests use it to prove a
     * printed code opens the right address. ZXing's finder misses about one code in 200 of those {@link #png}
     * draws (the data happens to look like a finder pattern); such an image is a whole code and nothing else, so it
     * is then read as one ({@code PURE_BARCODE}), which a phone's camera app also manages.
     */
    public static String read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                return new QRCodeReader().decode(bitmap).getText();
            } catch (ReaderException notFound) {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (ReaderException noCode) {
            throw new IllegalArgumentException("No readable QR code in this image", noCode);
        }
    }
}
