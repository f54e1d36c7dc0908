package vn.mtbbe.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code /reports/index.xhtml}: for now a landing page saying what the reports will show, and how privately. */
@Named
@RequestScoped
public class ReportsPage {

    @Inject
    @ConfigProperty(name = "mtbbe.reports.minCellSize", defaultValue = "10")
    int minCellSize;

    /** Figures resting on fewer pupils than this are never shown to guests. */
    public int getMinCellSize() {
        return minCellSize;
    }
}
