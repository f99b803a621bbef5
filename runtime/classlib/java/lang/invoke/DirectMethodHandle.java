/*
 * DirectMethodHandle - a handle to a method, constructor or field itself,
 * made by a Lookup or by a CONSTANT_MethodHandle (JVMS 5.4.3.5).
 *
 * `vmMember` is the VM's Method* or Field* and `kind` the JVMS reference
 * kind (REF_getField 1 ... REF_invokeInterface 9); the VM reads both
 * directly and performs the access in invoke0, unboxing the arguments per
 * the member's descriptor and boxing the result.
 */
package java.lang.invoke;

final class DirectMethodHandle extends MethodHandle {
    final long vmMember;
    final int kind;

    /* JVMS 4.4.8 reference kinds. */
    static final int REF_getField = 1;
    static final int REF_getStatic = 2;
    static final int REF_putField = 3;
    static final int REF_putStatic = 4;
    static final int REF_invokeVirtual = 5;
    static final int REF_invokeStatic = 6;
    static final int REF_invokeSpecial = 7;
    static final int REF_newInvokeSpecial = 8;
    static final int REF_invokeInterface = 9;

    DirectMethodHandle(MethodType type, long vmMember, int kind) {
        super(type);
        this.vmMember = vmMember;
        this.kind = kind;
    }

    Object invokeGeneric(Object[] args) throws Throwable {
        return invoke0(args);
    }

    private native Object invoke0(Object[] args) throws Throwable;
}
