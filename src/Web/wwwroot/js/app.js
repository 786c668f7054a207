// Small browser helpers the Blazor components call through JS interop.
window.agentSupport = {
    // Posts a form the normal way (a full page load), after the component has validated it, so the
    // server can set or clear the sign-in cookie on the response.
    submitForm: function (id) {
        document.getElementById(id).submit();
    },
    // Keeps the newest chat message in view while the answer streams in.
    scrollToEnd: function (id) {
        var element = document.getElementById(id);
        if (element) element.scrollTop = element.scrollHeight;
    }
};
