package vn.mtbbe.platform.web;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages read records (view models) as if their components were properties, and cannot write them. */
class RecordELResolverTest {

    public record Row(String code, int count) {
    }

    final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponents() {
        ELContext context = context();
        assertEquals("A1", resolver.getValue(context, new Row("A1", 3), "code"));
        assertTrue(context.isPropertyResolved());
        assertEquals(3, resolver.getValue(context(), new Row("A1", 3), "count"));
        assertTrue(resolver.isReadOnly(context(), new Row("A1", 3), "code"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context(), new Row("A1", 3), "code", "B"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Row("A1", 3), "nothing"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
    }

    /** A bare context: the resolver needs nothing from it but the "resolved" flag. */
    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
