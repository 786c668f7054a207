namespace AgentSupport.Web.Ui.Chat;

public sealed partial record MessengerStrings
{
    public static MessengerStrings English { get; } = new()
    {
        Language = "en",
        Greeting = name => $"Hi {name}",
        GreetingText = "I'm the AgentSupport assistant. I can check your offer, your inspection or your payout right away. How can I help?",
        Suggestions = "Suggestions",
        NewChat = "New chat",
        EndChat = "End chat",
        EndChatTitle = "Before you go, how did we do?",
        LeaveWithoutRating = "Leave without rating",
        BackToDashboard = "Back to my dashboard",
        HandedOver = "A person from our team will take your case and answer you on your ticket.",
        NoMessagesYet = "No messages yet",

        PayoutLabel = car => $"When will I get paid for my {car}?",
        PayoutMessage = (car, plate) => $"When will I get paid for my {car}? The plate is {plate}.",
        InspectionLabel = (car, when) => $"My {car} inspection ({when})",
        InspectionMessage = (car, plate) => $"What is the status of the inspection of my {car}? The plate is {plate}.",
        OfferLabel = car => $"See the offer for my {car}",
        OfferMessage = (car, plate) => $"Is the 24-hour offer for my {car} still valid? The plate is {plate}.",
        CreditLabel = "Simulate a car loan",
        CreditMessage = "I'd like to simulate a credit to buy a car.",
        DocumentsLabel = "Which documents am I missing?",
        DocumentsMessage = "Which documents am I missing?",
        SellLabel = "Sell my car",
        SellMessage = "I'd like a 24-hour offer for my car.",

        Offer = new("Offer checked", "Couldn't check your offer"),
        Inspection = new("Inspection checked", "Couldn't check your inspection"),
        Payout = new("Payout checked", "Couldn't check your payout"),
        Reschedule = new("Inspection times checked", "Couldn't check the inspection times"),
        Credit = new("Loan simulated", "Couldn't simulate your loan"),
        Warranty = new("Warranty checked", "Couldn't check your warranty"),
        Documents = new("Documents checked", "Couldn't check your documents"),
        Scheduling = new("Appointments checked", "Couldn't check the available appointments"),
        Tickets = new("Ticket updated", "Couldn't update your ticket"),
        Escalation = new("Handed to a person", "Couldn't hand you to a person"),
        Working = new("Done", "Something failed on our side"),
    };
}
