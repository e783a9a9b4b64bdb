#include "parser.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::Parser)

public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) { }

    Result<NodePtr> run();

private:
    const Token &peek(qsizetype ahead = 0) const
    {
        return m_tokens[std::min(m_i + ahead, m_tokens.size() - 1)];
    }
    bool at(TokenKind k) const { return peek().kind == k; }
    const Token &advance() { return m_tokens[m_i < m_tokens.size() - 1 ? m_i++ : m_i]; }

    void fail(const Token &t, const QString &message)
    {
        if (!m_error)
            m_error = Error { message, {}, t.pos.line, t.pos.column, {} };
    }
    bool expect(TokenKind k, const QString &context);
    NodePtr make(NodeKind kind, SourcePos pos, SourcePos opPos, std::vector<NodePtr> args = {});

    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseNot();
    NodePtr parsePredicate();
    NodePtr parsePredicateTail(NodePtr left);
    NodePtr parseIn(NodePtr left, const Token &op, bool negated);
    NodePtr parseIsMissing(NodePtr left);
    NodePtr parseAdditive();
    NodePtr parseTerm();
    NodePtr parseUnary();
    NodePtr parsePrimary();
    NodePtr parseCall(const Token &name);

    QList<Token> m_tokens;
    qsizetype m_i = 0;
    int m_nesting = 0;
    std::optional<Error> m_error;
};

bool isCompare(TokenKind k)
{
    return k == TokenKind::Eq || k == TokenKind::Ne || k == TokenKind::Lt || k == TokenKind::Le
        || k == TokenKind::Gt || k == TokenKind::Ge;
}

Op compareOp(TokenKind k)
{
    switch (k) {
    case TokenKind::Eq: return Op::Eq;
    case TokenKind::Ne: return Op::Ne;
    case TokenKind::Lt: return Op::Lt;
    case TokenKind::Le: return Op::Le;
    case TokenKind::Gt: return Op::Gt;
    case TokenKind::Ge: return Op::Ge;
    case TokenKind::Plus: return Op::Add;
    case TokenKind::Minus: return Op::Sub;
    case TokenKind::Star: return Op::Mul;
    case TokenKind::Slash: return Op::Div;
    default: return Op::None;
    }
}

} // namespace

bool Parser::expect(TokenKind k, const QString &context)
{
    if (at(k)) {
        advance();
        return true;
    }
    fail(peek(), tr("expected %1 %2, found %3").arg(describe(k), context, describe(peek().kind)));
    return false;
}

NodePtr Parser::make(NodeKind kind, SourcePos pos, SourcePos opPos, std::vector<NodePtr> args)
{
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->pos = pos;
    n->opPos = opPos;
    for (const NodePtr &a : args)
        n->depth = std::max(n->depth, a->depth + 1);
    n->args = std::move(args);
    if (n->depth > MaxExpressionDepth)
        fail(peek(), tr("the rule is nested too deeply; split it into several tags"));
    return n;
}

Result<NodePtr> Parser::run()
{
    NodePtr root = parseOr();
    if (!m_error && !at(TokenKind::End)) {
        const Token &t = peek();
        if (t.kind == TokenKind::RParen)
            fail(t, tr("unmatched \")\""));
        else
            fail(t, tr("expected an operator such as and, or, = here, found %1").arg(describe(t.kind)));
    }
    if (m_error)
        return *m_error;
    return root;
}

NodePtr Parser::parseOr()
{
    NodePtr left = parseAnd();
    while (!m_error && at(TokenKind::Or)) {
        const Token op = advance();
        NodePtr right = parseAnd();
        if (m_error)
            return nullptr;
        const SourcePos start = left->pos;
        std::vector<NodePtr> args;
        args.push_back(std::move(left));
        args.push_back(std::move(right));
        left = make(NodeKind::Or, start, op.pos, std::move(args));
    }
    return m_error ? nullptr : std::move(left);
}

NodePtr Parser::parseAnd()
{
    NodePtr left = parseNot();
    while (!m_error && at(TokenKind::And)) {
        const Token op = advance();
        NodePtr right = parseNot();
        if (m_error)
            return nullptr;
        const SourcePos start = left->pos;
        std::vector<NodePtr> args;
        args.push_back(std::move(left));
        args.push_back(std::move(right));
        left = make(NodeKind::And, start, op.pos, std::move(args));
    }
    return m_error ? nullptr : std::move(left);
}

NodePtr Parser::parseNot()
{
    if (!at(TokenKind::Not))
        return parsePredicate();
    const Token op = advance();
    if (++m_nesting > MaxExpressionDepth) {
        fail(op, tr("the rule is nested too deeply; split it into several tags"));
        return nullptr;
    }
    NodePtr operand = parseNot();
    --m_nesting;
    if (m_error)
        return nullptr;
    std::vector<NodePtr> args;
    args.push_back(std::move(operand));
    return make(NodeKind::Not, op.pos, op.pos, std::move(args));
}

NodePtr Parser::parsePredicate()
{
    NodePtr left = parseAdditive();
    if (m_error)
        return nullptr;
    NodePtr result = parsePredicateTail(std::move(left));
    if (m_error)
        return nullptr;
    const TokenKind next = peek().kind;
    if (isCompare(next) || next == TokenKind::In || next == TokenKind::Between || next == TokenKind::Contains
        || next == TokenKind::Starts || next == TokenKind::Is) {
        fail(peek(), tr("comparisons cannot be chained; join them with \"and\""));
        return nullptr;
    }
    return result;
}

NodePtr Parser::parsePredicateTail(NodePtr left)
{
    const SourcePos start = left->pos;
    std::vector<NodePtr> args;
    if (isCompare(peek().kind)) {
        const Token op = advance();
        args.push_back(std::move(left));
        args.push_back(parseAdditive());
        if (m_error)
            return nullptr;
        NodePtr n = make(NodeKind::Compare, start, op.pos, std::move(args));
        n->op = compareOp(op.kind);
        return n;
    }
    if (at(TokenKind::Is))
        return parseIsMissing(std::move(left));
    bool negated = false;
    if (at(TokenKind::Not)) {
        const TokenKind k = peek(1).kind;
        if (k != TokenKind::In && k != TokenKind::Between && k != TokenKind::Contains && k != TokenKind::Starts)
            return left;   // the caller reports what follows
        advance();
        negated = true;
    }
    const Token op = peek();
    NodeKind kind;
    switch (op.kind) {
    case TokenKind::In:
        advance();
        return parseIn(std::move(left), op, negated);
    case TokenKind::Between:
        kind = NodeKind::Between;
        break;
    case TokenKind::Contains:
        kind = NodeKind::Contains;
        break;
    case TokenKind::Starts:
        kind = NodeKind::StartsWith;
        break;
    default:
        return left;
    }
    advance();
    if (kind == NodeKind::StartsWith && !expect(TokenKind::With, tr("after \"starts\"")))
        return nullptr;
    args.push_back(std::move(left));
    args.push_back(parseAdditive());
    if (!m_error && kind == NodeKind::Between) {
        if (!expect(TokenKind::And, tr("between the two bounds of \"between\"")))
            return nullptr;
        args.push_back(parseAdditive());
    }
    if (m_error)
        return nullptr;
    NodePtr n = make(kind, start, op.pos, std::move(args));
    n->negated = negated;
    return n;
}

NodePtr Parser::parseIsMissing(NodePtr left)
{
    const SourcePos start = left->pos;
    const Token op = advance();
    const bool negated = at(TokenKind::Not);
    if (negated)
        advance();
    if (!expect(TokenKind::Missing, tr("after \"is\" (write \"is missing\" or \"is not missing\")")))
        return nullptr;
    std::vector<NodePtr> args;
    args.push_back(std::move(left));
    NodePtr n = make(NodeKind::IsMissing, start, op.pos, std::move(args));
    n->negated = negated;
    return n;
}

NodePtr Parser::parseIn(NodePtr left, const Token &op, bool negated)
{
    const SourcePos start = left->pos;
    std::vector<NodePtr> args;
    args.push_back(std::move(left));
    if (!expect(TokenKind::LParen, tr("after \"in\" (write in (\"a\", \"b\"))")))
        return nullptr;
    do {
        if (at(TokenKind::RParen))
            break;
        args.push_back(parseAdditive());
        if (m_error)
            return nullptr;
    } while (at(TokenKind::Comma) && advance().kind == TokenKind::Comma);
    if (args.size() < 2) {
        fail(peek(), tr("the list after \"in\" is empty"));
        return nullptr;
    }
    if (!expect(TokenKind::RParen, tr("to close the list after \"in\"")))
        return nullptr;
    NodePtr n = make(NodeKind::In, start, op.pos, std::move(args));
    n->negated = negated;
    return n;
}

NodePtr Parser::parseAdditive()
{
    NodePtr left = parseTerm();
    while (!m_error && (at(TokenKind::Plus) || at(TokenKind::Minus))) {
        const Token op = advance();
        NodePtr right = parseTerm();
        if (m_error)
            return nullptr;
        const SourcePos start = left->pos;
        std::vector<NodePtr> args;
        args.push_back(std::move(left));
        args.push_back(std::move(right));
        left = make(NodeKind::Arithmetic, start, op.pos, std::move(args));
        left->op = compareOp(op.kind);
    }
    return m_error ? nullptr : std::move(left);
}

NodePtr Parser::parseTerm()
{
    NodePtr left = parseUnary();
    while (!m_error && (at(TokenKind::Star) || at(TokenKind::Slash))) {
        const Token op = advance();
        NodePtr right = parseUnary();
        if (m_error)
            return nullptr;
        const SourcePos start = left->pos;
        std::vector<NodePtr> args;
        args.push_back(std::move(left));
        args.push_back(std::move(right));
        left = make(NodeKind::Arithmetic, start, op.pos, std::move(args));
        left->op = compareOp(op.kind);
    }
    return m_error ? nullptr : std::move(left);
}

NodePtr Parser::parseUnary()
{
    if (!at(TokenKind::Minus) && !at(TokenKind::Plus))
        return parsePrimary();
    const Token op = advance();
    if (++m_nesting > MaxExpressionDepth) {
        fail(op, tr("the rule is nested too deeply; split it into several tags"));
        return nullptr;
    }
    NodePtr operand = parseUnary();
    --m_nesting;
    if (m_error || op.kind == TokenKind::Plus)
        return operand;
    std::vector<NodePtr> args;
    args.push_back(std::move(operand));
    return make(NodeKind::Negate, op.pos, op.pos, std::move(args));
}

NodePtr Parser::parsePrimary()
{
    const Token t = peek();
    switch (t.kind) {
    case TokenKind::Number: {
        advance();
        NodePtr n = make(NodeKind::Number, t.pos, t.pos);
        n->number = t.number;
        return n;
    }
    case TokenKind::String: {
        advance();
        NodePtr n = make(NodeKind::String, t.pos, t.pos);
        n->text = t.text;
        return n;
    }
    case TokenKind::True:
    case TokenKind::False: {
        advance();
        NodePtr n = make(NodeKind::Boolean, t.pos, t.pos);
        n->boolean = t.kind == TokenKind::True;
        return n;
    }
    case TokenKind::Identifier: {
        advance();
        if (at(TokenKind::LParen))
            return parseCall(t);
        NodePtr n = make(NodeKind::Feature, t.pos, t.pos);
        n->text = t.text;
        return n;
    }
    case TokenKind::LParen: {
        advance();
        if (++m_nesting > MaxExpressionDepth) {
            fail(t, tr("the rule is nested too deeply; split it into several tags"));
            return nullptr;
        }
        NodePtr inner = parseOr();
        --m_nesting;
        if (m_error || !expect(TokenKind::RParen, tr("to close the \"(\" at column %1").arg(t.pos.column)))
            return nullptr;
        return inner;
    }
    case TokenKind::End:
        fail(t, tr("the rule ends too early: expected a value, a feature or \"(\""));
        return nullptr;
    default:
        fail(t, tr("expected a value, a feature or \"(\", found %1").arg(describe(t.kind)));
        return nullptr;
    }
}

NodePtr Parser::parseCall(const Token &name)
{
    advance();   // "("
    if (++m_nesting > MaxExpressionDepth) {
        fail(name, tr("the rule is nested too deeply; split it into several tags"));
        return nullptr;
    }
    std::vector<NodePtr> args;
    if (!at(TokenKind::RParen)) {
        do {
            args.push_back(parseOr());
            if (m_error)
                return nullptr;
        } while (at(TokenKind::Comma) && advance().kind == TokenKind::Comma);
    }
    --m_nesting;
    if (!expect(TokenKind::RParen, tr("to close the arguments of %1(").arg(name.text)))
        return nullptr;
    NodePtr n = make(NodeKind::Call, name.pos, name.pos, std::move(args));
    n->text = name.text;
    return n;
}

Result<NodePtr> parseExpression(const QString &text, SourcePos origin)
{
    Result<QList<Token>> tokens = tokenize(text, origin);
    if (!tokens)
        return tokens.error();
    return Parser(tokens.takeValue()).run();
}

} // namespace Portrait::Tags
