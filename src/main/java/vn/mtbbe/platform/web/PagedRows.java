package vn.mtbbe.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A table's rows fetched one page at a time from a service: the service counts and slices (scoped to the
 * caller, in the reader's order); the page's filters live in the backing bean. Kept in view scope, so what
 * it holds (one page of small row records) is serialisable.
 */
public class PagedRows<T extends Serializable> extends LazyDataModel<T> {

    /** Counts the rows matching the current filters. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** Fetches {@code max} rows from position {@code first}. */
    @FunctionalInterface
    public interface Slice<T> extends Serializable {
        List<T> rows(int first, int max);
    }

    private final Count count;
    private final Slice<T> slice;

    public PagedRows(Count count, Slice<T> slice) {
        this.count = count;
        this.slice = slice;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return slice.rows(first, pageSize);
    }

    /** The rows are links, never selected: no row keys needed. */
    @Override
    public String getRowKey(T row) {
        return null;
    }

    /** Back to the first page of the table with {@code clientId}, after its filters changed. */
    public static void firstPage(String clientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
