package vn.mtbbe.it.server;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import vn.mtbbe.platform.db.ReadDatabase;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the persistence units send (EclipseLink's session events, one per call to the
 * database; the report queries' unit on a read database too), for tests that prove a list costs the same number of statements whatever its length (no query per
 * row). Only in the test deployment: {@code DELETE /test/statements} starts counting afresh, {@code GET} reads the
 * count.
 */
@WebServlet("/test/statements")
public class StatementCounter extends HttpServlet {

    private static final AtomicLong COUNT = new AtomicLong();

    @PersistenceUnit
    EntityManagerFactory factory;

    @Inject
    ReadDatabase reads;

    @Override
    public void init() {
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                COUNT.incrementAndGet();
            }
        };
        factory.unwrap(Session.class).getEventManager().addListener(counter);
        if (reads.separate()) {
            reads.factory().unwrap(Session.class).getEventManager().addListener(counter);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(COUNT.get());
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        COUNT.set(0);
        response.setStatus(204);
    }
}
