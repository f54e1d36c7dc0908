package vn.mtbbe.platform.db;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity manager report queries read with: a replica's when one is configured ({@link ReadDatabase}), else the
 * application's own. Only for reading; entry, and anything that must see its own writes, uses the primary.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface ReportDatabase {
}
