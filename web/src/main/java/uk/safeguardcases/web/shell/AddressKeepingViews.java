package uk.safeguardcases.web.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's forms post back to the page's own address, its view parameters included ({@code case.xhtml?ref=…}), not
 * to the bare view ({@code case.xhtml}). A step that is done redirects to the page (Post/Redirect/Get); one that is
 * refused, and a check step, answer the post itself, and the address bar then shows where the post went: without
 * this, "/officer/case.xhtml", which a copied link, a new tab or a bookmark answered with "Page not found".
 */
public class AddressKeepingViews extends ViewHandlerWrapper {

    public AddressKeepingViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || viewId == null || !viewId.equals(root.getViewId()) || url.contains("?")) {
            return url;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (parameter.getName() != null && value != null && !value.isEmpty()) {
                values.putIfAbsent(parameter.getName(), value);
            }
        }
        if (values.isEmpty()) {
            return url;
        }
        StringBuilder address = new StringBuilder(url);
        char separator = '?';
        for (Map.Entry<String, String> value : values.entrySet()) {
            address.append(separator).append(URLEncoder.encode(value.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return address.toString();
    }
}
