// Small browser helpers the Blazor components call through JS interop.
window.agentSupport = {
    // Posts a form the normal way (a full page load), after the component has validated it, so the
    // server can set or clear the sign-in cookie on the response.
    submitForm: function (id) {
        document.getElementById(id).submit();
    },
    // The email of a sign-in attempt, for the form to fill in again if the password was wrong.
    rememberSignInEmail: function (email) {
        sessionStorage.setItem('agentSupport.signInEmail', email || '');
    },
    recallSignInEmail: function () {
        return sessionStorage.getItem('agentSupport.signInEmail');
    },
    // Keeps the newest chat message in view while the answer streams in.
    scrollToEnd: function (id) {
        var element = document.getElementById(id);
        if (element) element.scrollTop = element.scrollHeight;
    }
};
