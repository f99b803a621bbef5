// iinc (incl. wide iinc with constants outside -128..127), pre/post
// increment semantics and evaluation order.
public class Increments {
    static int counter;

    static int next() { return ++counter; }

    public static void main(String[] args) {
        int i = 0;
        i += 127;
        System.out.println(i);
        i += 128;
        System.out.println(i);
        i -= 128;
        System.out.println(i);
        i -= 129;
        System.out.println(i);
        i += 32767;
        System.out.println(i);
        i -= 32768;
        System.out.println(i);
        i += 32768;
        System.out.println(i);
        i += 1000000;
        System.out.println(i);
        int j = 5;
        int k = j++ + ++j;
        System.out.println("j++ + ++j: k=" + k + " j=" + j);
        k = j-- - --j;
        System.out.println("j-- - --j: k=" + k + " j=" + j);
        j = 10;
        j = j++;
        System.out.println("j = j++ -> " + j);
        j = ++j + j++;
        System.out.println("j = ++j + j++ -> " + j);
        int[] arr = new int[5];
        int idx = 0;
        arr[idx++] = idx;
        arr[idx++] = idx++;
        arr[++idx] = idx;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + arr[3] + " " + arr[4] + " idx=" + idx);
        arr[1]++;
        ++arr[2];
        arr[3] += arr[1]++ * 10;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + arr[3] + " " + arr[4]);
        long l = Long.MAX_VALUE;
        l++;
        System.out.println("long MAX++ " + l);
        double d = 0.5;
        d++;
        d += d++;
        System.out.println("double " + d);
        float f = 1e8f;
        f++;
        System.out.println("float 1e8++ " + f);
        // Evaluation order: left operand first, arguments left to right.
        counter = 0;
        int r = next() * 10 + next();
        System.out.println("next()*10 + next() = " + r);
        System.out.println("args: " + three(next(), next(), next()));
        int x = 1;
        x += x++ + ++x;
        System.out.println("x += x++ + ++x -> " + x);
        int y = 2;
        y = y * (y = 5) + y;
        System.out.println("y * (y = 5) + y -> " + y);
        // Loop with big strides (wide iinc).
        int sum = 0;
        for (int n = -100000; n < 100000; n += 1000) sum += n;
        System.out.println("stride sum " + sum);
        for (int n = 300; n > 0; n -= 200) System.out.println("n = " + n);
        // Field and static increments.
        Box b = new Box();
        b.v++;
        ++b.v;
        b.v += 10;
        int old = b.v++;
        System.out.println("field " + b.v + " old " + old);
        counter = 5;
        counter++;
        counter -= 2;
        System.out.println("static " + counter + " " + counter++ + " " + ++counter);
    }

    static String three(int a, int b, int c) { return a + "," + b + "," + c; }

    static class Box { int v; }
}
