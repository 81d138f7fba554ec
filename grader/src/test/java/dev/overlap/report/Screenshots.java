package dev.overlap.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * One picture made of parts of a page, one under another: what a README can show of a long report without the reader
 * scrolling through all of it.
 */
final class Screenshots {

    private static final int GAP = 12;

    private Screenshots() {
    }

    /** Writes the screenshots of {@code parts} of the page {@code browser} shows, stacked on white, as a PNG. */
    static Path stack(JavascriptExecutor browser, List<WebElement> parts, Path file) throws IOException {
        List<BufferedImage> images = parts.stream().map(part -> image(browser, part)).toList();
        int width = images.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int height = images.stream().mapToInt(image -> image.getHeight() + GAP).sum();
        BufferedImage stacked = new BufferedImage(width, Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = stacked.createGraphics();
        canvas.setColor(Color.WHITE);
        canvas.fillRect(0, 0, width, height);
        int y = 0;
        for (BufferedImage image : images) {
            canvas.drawImage(image, 0, y, null);
            y += image.getHeight() + GAP;
        }
        canvas.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(stacked, "png", file.toFile());
        return file;
    }

    // Scrolled to the top of the window first: a part caught at its bottom edge comes out cut off.
    private static BufferedImage image(JavascriptExecutor browser, WebElement part) {
        browser.executeScript("arguments[0].scrollIntoView(true)", part);
        try {
            return ImageIO.read(new ByteArrayInputStream(part.getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
