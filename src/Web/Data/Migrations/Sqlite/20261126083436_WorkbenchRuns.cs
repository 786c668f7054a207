using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgentSupport.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkbenchRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkbenchRun",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PromptId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BaselineVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ModelId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkbenchRun", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkbenchRunResult",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkbenchRunResult", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkbenchRunResult_WorkbenchRun_RunId",
                        column: x => x.RunId,
                        principalTable: "WorkbenchRun",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkbenchRun_CreatedAt",
                table: "WorkbenchRun",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkbenchRunResult_RunId",
                table: "WorkbenchRunResult",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkbenchRunResult");

            migrationBuilder.DropTable(
                name: "WorkbenchRun");
        }
    }
}
