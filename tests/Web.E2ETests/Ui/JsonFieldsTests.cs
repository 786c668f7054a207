using AgentSupport.Web.Ui.Admin;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class JsonFieldsTests
{
    [Fact]
    public void Nested_objects_and_lists_become_one_row_per_value_with_dotted_names()
    {
        var fields = JsonFields.Read("""{"plate":"PZN-904-E","payout":{"amount":125000.5,"paid":false,"note":null},"slots":[{"start":"10:00"},{"start":"12:00"}],"tags":[]}""");

        Assert.Equal(
            [
                new JsonFields.Field("plate", "PZN-904-E"),
                new JsonFields.Field("payout.amount", "125000.5"),
                new JsonFields.Field("payout.paid", "false"),
                new JsonFields.Field("payout.note", "—"),
                new JsonFields.Field("slots 1.start", "10:00"),
                new JsonFields.Field("slots 2.start", "12:00"),
                new JsonFields.Field("tags", "[]"),
            ],
            fields);
    }

    [Fact]
    public void Text_that_is_not_json_has_no_rows_and_stays_as_it_is_in_the_raw_view()
    {
        Assert.Null(JsonFields.Read("not json <b>"));
        Assert.Equal("not json <b>", JsonFields.Indented("not json <b>"));
        Assert.Contains("\n", JsonFields.Indented("""{"a":"ñ"}"""));
        Assert.Contains("ñ", JsonFields.Indented("""{"a":"ñ"}"""));
    }
}
