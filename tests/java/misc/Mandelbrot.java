// An ASCII-art Mandelbrot set (double arithmetic in a tight loop), with
// iteration-count checksums.
public class Mandelbrot {
    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        int width = 72, height = 28, maxIter = 200;
        long total = 0;
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            double ci = -1.2 + 2.4 * row / (height - 1);
            for (int col = 0; col < width; col++) {
                double cr = -2.1 + 3.0 * col / (width - 1);
                double zr = 0, zi = 0;
                int it = 0;
                while (it < maxIter && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    it++;
                }
                total += it;
                line.append(it == maxIter ? '@' : shades.charAt(it % (shades.length() - 1)));
            }
            System.out.println(line);
        }
        System.out.println("total iterations " + total);
        // A finer grid, checksum only.
        long sum = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                double cr = -0.75 + 0.01 * (x - 100) / 100, ci = 0.1 + 0.01 * (y - 100) / 100;
                double zr = 0, zi = 0;
                int it = 0;
                while (it < 500 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    it++;
                }
                sum += (long) it * (x + 1) * (y + 1);
            }
        }
        System.out.println("zoomed checksum " + sum);
    }
}
