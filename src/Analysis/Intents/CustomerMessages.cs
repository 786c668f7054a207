using System.Runtime.InteropServices;
using AgentSupport.Workbench.Analysis.Reading;

namespace AgentSupport.Workbench.Analysis.Intents;

/// <summary>
/// The customer messages of a run of conversations, decoded one after the other into a reused buffer and
/// separated by '\n', with each message's place and conversation kept so that <see cref="IntentCatalog"/> can
/// run each pattern once over all of them and still answer message by message.
/// </summary>
internal sealed class CustomerMessages
{
    private readonly List<int> _messageStarts = [];
    private readonly List<int> _messageEnds = [];
    private readonly List<int> _messageConversations = [];
    private readonly List<int> _firstMessages = [];
    private char[] _text = new char[1 << 16];
    private int _length;

    public int ConversationCount => _firstMessages.Count;

    public int MessageCount => _messageStarts.Count;

    public ReadOnlySpan<char> Joined => _text.AsSpan(0, _length);

    public void Clear()
    {
        _messageStarts.Clear();
        _messageEnds.Clear();
        _messageConversations.Clear();
        _firstMessages.Clear();
        _length = 0;
    }

    /// <summary>Starts the next conversation; the messages added after belong to it.</summary>
    public void BeginConversation() => _firstMessages.Add(_messageStarts.Count);

    /// <summary>Adds the message whose JSON string content is <paramref name="raw"/>.</summary>
    public void Add(ReadOnlySpan<byte> raw, bool escaped)
    {
        var start = BeginMessage(raw.Length);
        _length += JsonText.Decode(raw, escaped, _text.AsSpan(_length));
        EndMessage(start);
    }

    public void Add(string text)
    {
        var start = BeginMessage(text.Length);
        text.CopyTo(_text.AsSpan(_length));
        _length += text.Length;
        EndMessage(start);
    }

    public ReadOnlySpan<char> Message(int index) => _text.AsSpan(_messageStarts[index], _messageEnds[index] - _messageStarts[index]);

    /// <summary>The message holding a position of <see cref="Joined"/>; the '\n' after a message counts as its end.</summary>
    public int MessageAt(int position)
    {
        var found = CollectionsMarshal.AsSpan(_messageStarts).BinarySearch(position);
        return found >= 0 ? found : ~found - 1;
    }

    public int ConversationOf(int message) => _messageConversations[message];

    /// <summary>The conversation's messages: the index of its first one, and the index after its last one.</summary>
    public (int First, int End) MessagesOf(int conversation) =>
        (_firstMessages[conversation], conversation + 1 < _firstMessages.Count ? _firstMessages[conversation + 1] : _messageStarts.Count);

    /// <summary>Scratch list of the matcher: conversations whose joined answer must be checked message by message.</summary>
    public List<int> Undecided { get; } = [];

    private int BeginMessage(int maxChars)
    {
        var needed = _length + 1 + maxChars;
        if (needed > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(needed, _text.Length * 2));
        }

        if (_messageStarts.Count > 0)
        {
            _text[_length++] = '\n';
        }

        return _length;
    }

    private void EndMessage(int start)
    {
        _messageStarts.Add(start);
        _messageEnds.Add(_length);
        _messageConversations.Add(_firstMessages.Count - 1);
    }
}
