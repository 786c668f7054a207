using AgentSupport.Agent.Conversation;
﻿using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgentSupport.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TokenUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "InputTokens",
                table: "ConversationMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModelId",
                table: "ConversationMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutputTokens",
                table: "ConversationMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_CreatedAt",
                table: "ConversationMessages",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConversationMessages_CreatedAt",
                table: "ConversationMessages");

            migrationBuilder.DropColumn(
                name: "InputTokens",
                table: "ConversationMessages");

            migrationBuilder.DropColumn(
                name: "ModelId",
                table: "ConversationMessages");

            migrationBuilder.DropColumn(
                name: "OutputTokens",
                table: "ConversationMessages");
        }
    }
}
