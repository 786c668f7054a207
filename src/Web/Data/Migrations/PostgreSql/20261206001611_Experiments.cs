using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgentSupport.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Experiments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExperimentArm",
                table: "Conversations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExperimentId",
                table: "Conversations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Experiments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PromptId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductionVersion = table.Column<int>(type: "integer", nullable: false),
                    CandidateVersion = table.Column<int>(type: "integer", nullable: false),
                    TrafficShare = table.Column<double>(type: "double precision", nullable: false),
                    MinimumEffect = table.Column<double>(type: "double precision", nullable: false),
                    Alpha = table.Column<double>(type: "double precision", nullable: false),
                    MinimumPerArm = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoppedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    StoppedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StopReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OutcomeMetric = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProductionRate = table.Column<double>(type: "double precision", nullable: true),
                    ProductionCount = table.Column<int>(type: "integer", nullable: true),
                    CandidateRate = table.Column<double>(type: "double precision", nullable: true),
                    CandidateCount = table.Column<int>(type: "integer", nullable: true),
                    Statistic = table.Column<double>(type: "double precision", nullable: true),
                    Threshold = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experiments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ExperimentId_ExperimentArm",
                table: "Conversations",
                columns: new[] { "ExperimentId", "ExperimentArm" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_PromptId_Running",
                table: "Experiments",
                column: "PromptId",
                unique: true,
                filter: "\"Status\" = 'running'");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_StartedAt",
                table: "Experiments",
                column: "StartedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Conversations_Experiments_ExperimentId",
                table: "Conversations",
                column: "ExperimentId",
                principalTable: "Experiments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Conversations_Experiments_ExperimentId",
                table: "Conversations");

            migrationBuilder.DropTable(
                name: "Experiments");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_ExperimentId_ExperimentArm",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ExperimentArm",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ExperimentId",
                table: "Conversations");
        }
    }
}
