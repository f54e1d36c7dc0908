package vn.mtbbe.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;

import java.util.ArrayList;
import java.util.List;

/** Runs inside the server for {@link SchemaIT}: reads one row of every mapped entity. */
@ApplicationScoped
public class SchemaProbe {

    @PersistenceContext
    EntityManager em;

    /** The entities whose mapping does not fit the migrated schema, with the database's complaint. */
    public List<String> unreadableEntities() {
        List<String> problems = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            try {
                em.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType())
                        .setMaxResults(5).getResultList();
            } catch (RuntimeException e) {
                problems.add(entity.getName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    public int entityCount() {
        return em.getMetamodel().getEntities().size();
    }
}
