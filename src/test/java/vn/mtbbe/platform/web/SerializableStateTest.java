package vn.mtbbe.platform.web;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a session holds must travel between the nodes of a cluster (sessions and view state are shared through the data
 * grid): every session-, view- and conversation-scoped bean is Serializable, and so is each field it keeps, other than
 * injected references (the container's proxies serialize) and transient ones. A field typed by an interface (a List, a
 * Map) is accepted; its content is checked where it is a record of this product.
 */
class SerializableStateTest {

    @Test
    void everyBeanASessionKeepsIsSerializable() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() >= 20, "found the beans: " + beans.size());
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                            || field.isSynthetic()) {
                        continue;
                    }
                    Class<?> type = field.getType();
                    boolean ok = type.isPrimitive() || type.isInterface() || Serializable.class.isAssignableFrom(type)
                            || (type.isArray() && (type.getComponentType().isPrimitive()
                            || Serializable.class.isAssignableFrom(type.getComponentType())));
                    if (!ok) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " (" + type.getName() + ") is not Serializable");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Navigation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        SerializableStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }
}
