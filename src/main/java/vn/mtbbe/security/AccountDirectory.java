package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The accounts as administrators see them. */
@ApplicationScoped
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<AppUser> all() {
        currentUser.require(Role.ADMIN);
        return em.createNamedQuery("AppUser.findAll", AppUser.class).getResultList();
    }
}
