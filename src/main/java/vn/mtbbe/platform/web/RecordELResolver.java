package vn.mtbbe.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read the components of records ({@code #{row.code}}) the way Jakarta EL 6 does; EL 5, which
 * Jakarta EE 10 ships, only knows getters. Registered in faces-config.xml; records are read-only.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return component.getAccessor().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PropertyNotFoundException(base.getClass().getName() + "." + property, e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(base.getClass().getName() + "." + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static RecordComponent component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        String name = property.toString();
        for (RecordComponent component : base.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }
}
