/*
 * StackTraceElement - one frame of a stack trace. The VM builds these with
 * the four-argument constructor (line -2 marks a native method).
 */
package java.lang;

public final class StackTraceElement implements java.io.Serializable {
    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName,
                             String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName,
                             String moduleVersion, String declaringClass,
                             String methodName, String fileName,
                             int lineNumber) {
        if (declaringClass == null)
            throw new NullPointerException("Declaring class is null");
        if (methodName == null)
            throw new NullPointerException("Method name is null");
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public String getClassLoaderName() {
        return classLoaderName;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /* "loader/module@version/pkg.Class.method(File.java:12)"; the parts
     * before the class name appear only when set. */
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (classLoaderName != null && !classLoaderName.isEmpty())
            sb.append(classLoaderName).append('/');
        if (moduleName != null && !moduleName.isEmpty()) {
            sb.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty())
                sb.append('@').append(moduleVersion);
        }
        if (sb.length() > 0)
            sb.append('/');
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            sb.append("Native Method");
        } else if (fileName == null) {
            sb.append("Unknown Source");
        } else {
            sb.append(fileName);
            if (lineNumber >= 0)
                sb.append(':').append(lineNumber);
        }
        return sb.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this)
            return true;
        if (!(obj instanceof StackTraceElement))
            return false;
        StackTraceElement e = (StackTraceElement) obj;
        return declaringClass.equals(e.declaringClass)
            && lineNumber == e.lineNumber
            && equal(classLoaderName, e.classLoaderName)
            && equal(moduleName, e.moduleName)
            && equal(moduleVersion, e.moduleVersion)
            && methodName.equals(e.methodName)
            && equal(fileName, e.fileName);
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static int hash(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    public int hashCode() {
        int h = 31 * declaringClass.hashCode() + methodName.hashCode();
        h = 31 * h + hash(classLoaderName);
        h = 31 * h + hash(moduleName);
        h = 31 * h + hash(moduleVersion);
        h = 31 * h + hash(fileName);
        return 31 * h + lineNumber;
    }
}
