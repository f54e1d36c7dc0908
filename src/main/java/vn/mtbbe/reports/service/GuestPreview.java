package vn.mtbbe.reports.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * For one request, every report is read as a delegation guest reads it (no school or cohort groups, small cells
 * suppressed), whoever asks: ministry staff preview the delegation report exactly as their guests will see it.
 */
@RequestScoped
public class GuestPreview {

    private boolean active;

    public void activate() {
        active = true;
    }

    public boolean active() {
        return active;
    }
}
